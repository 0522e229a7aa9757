// `matches!` accepts or-patterns and ranges, the usual way to classify a char or a number.
fn main() {
    for c in ['a', 'Z', '7', '_'] {
        let letter = matches!(c, 'a'..='z' | 'A'..='Z');
        let digit = matches!(c, '0'..='9');
        println!("{} {} {}", c, letter, digit);
    }
    let n = 42;
    println!("{}", matches!(n, 1 | 2 | 40..=49));
}
// expect: a true false
// expect: Z true false
// expect: 7 false true
// expect: _ false false
// expect: true
