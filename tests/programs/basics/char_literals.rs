// A char is one Unicode scalar value: `{}` prints it, `{:?}` quotes and escapes it.
fn main() {
    let a = 'a';
    let e = 'é';
    let crab = '🦀';
    let newline = '\n';
    println!("{} {} {}", a, e, crab);
    println!("{:?} {:?} {:?}", a, newline, '\'');
}
// expect: a é 🦀
// expect: 'a' '\n' '\''
