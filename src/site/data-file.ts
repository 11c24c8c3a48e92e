import type { APIRoute } from 'astro';

/** What a data-file route hands its GET: the file's content type, and its body, made only when the file is written. */
export interface DataFileProps {
  type: string;
  body: () => string;
}

/** The GET of every data-file route (`/api/…`): the body its `getStaticPaths` prepared, with its content type. */
export const serveDataFile: APIRoute<DataFileProps> = ({ props }) => new Response(props.body(), { headers: { 'content-type': props.type } });
