/**
 * What the map's parts on a page share: the project the reader chose, on the explorable map (Figure.svelte: a marker,
 * the chooser of a crowded marker, the list below the map, a link's #project-<id>, an embed's ?project=<id>). The
 * panel shows it, the map rings its marker, and the list marks its entry.
 */
class ProjectChoice {
  /** The chosen project's id, or null. */
  chosen = $state<string | null>(null);
}

export const projectChoice = new ProjectChoice();

/** The list's entry of the chosen project is marked (data-selected), every other entry unmarked. */
export function markListEntry(doc: Document, projectId: string | null): void {
  for (const item of doc.querySelectorAll('.project-list > li[data-selected]')) item.removeAttribute('data-selected');
  if (projectId) doc.getElementById(`project-${projectId}`)?.setAttribute('data-selected', '');
}
