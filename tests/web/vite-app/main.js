import init, { parse } from 'resume-parser';

await init();
document.getElementById('out').textContent = JSON.stringify(parse('Jane Doe\njane@example.com'), null, 2);
