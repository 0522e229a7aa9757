// chars and bools print plainly with `{}` and with quotes (chars only) under `{:?}`.
fn main() {
    let c = '\n';
    println!("{:?} {:?} {}", 'a', c, true);
    println!("[{:>5}] [{:<6}]", false, true);
}
// expect: 'a' '\n' true
// expect: [false] [true  ]
