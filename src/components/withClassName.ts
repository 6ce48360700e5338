/** The kit's own class name, followed by the app's. */
export function withClassName(own: string, className: string | undefined): string {
  return className ? `${own} ${className}` : own;
}
