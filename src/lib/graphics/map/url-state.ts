/** The embed's URL option ?project=<id>: a project to open the map on, if the map has it. */
export function urlState(params: URLSearchParams, props: { projects: { id: string }[] }): { chosen: string } | null {
  const wanted = params.get('project');
  const id = props.projects.find((p) => p.id === wanted)?.id;
  return id ? { chosen: id } : null;
}
