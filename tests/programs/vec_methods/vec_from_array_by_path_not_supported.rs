// `Vec::from([..])`, a constructor std's From trait gives Vec, runs in rustc: the engine says "not supported yet" at the path, never E0599 (which told the learner Vec has no `from`).
fn main() {
    let v = Vec::from([3, 1, 2]);
    println!("{:?}", v);
}
// expect: [3, 1, 2]
// unsupported: `Vec::from` at 3:13
