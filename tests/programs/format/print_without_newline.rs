// `print!` adds no newline, so several calls can build one line.
fn main() {
    print!("a");
    print!("b");
    let c = 'c';
    print!("{}", c);
    println!("!");
    print!("one\ntwo\n");
}
// expect: abc!
// expect: one
// expect: two
