// In a snippet dbg! names the learner's own lines, as the page shows them.
let n = 5;
let square = dbg!(n * n);
println!("{}", square);
// expect: 25
// stderr: [main.rs:3:14] n * n = 25
