import type { CodedArticle } from '../../core/coded-event.js';
import type { ApiContext } from '../api-context.js';

/** The body of `POST /code`. */
export interface CodeRequest {
  text: string;
  published?: string;
  title?: string;
  id?: string;
}

/** `POST /code`: codes the text with the server's coder (nothing is stored) and answers like `sitrep code --format json`. */
export async function codeText(request: CodeRequest, context: ApiContext): Promise<CodedArticle> {
  const coder = await context.loadCoder();
  return coder.code({
    id: request.id ?? 'request',
    text: request.text,
    published: request.published ?? context.now().toISOString().slice(0, 10),
    ...(request.title === undefined ? {} : { title: request.title }),
  });
}
