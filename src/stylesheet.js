// Build-only entry so that `dist/styles.css` exists: Vite library mode writes a stylesheet only
// for CSS that some entry imports, and no runtime entry should import it (apps opt in with
// `import 'exchange-error-kit/styles.css'`). Its own output, an empty `stylesheet.js`, is not exported.
import './styles.css';
