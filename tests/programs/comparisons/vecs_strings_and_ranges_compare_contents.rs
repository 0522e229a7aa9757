// Vecs and Strings compare their contents (shorter prefix first), ranges their bounds.
fn main() {
    let a = vec![String::from("a"), String::from("b")];
    let b = vec![String::from("a")];
    println!("{} {} {}", a == b, b < a, a > vec![String::from("a"), String::from("a")]);
    let v: Vec<(u8, char)> = vec![(1, 'x')];
    println!("{}", v == vec![(1, 'x')]);
    println!("{} {}", String::from("abc") < String::from("abd"), "Z" < "a");
    println!("{} {} {}", (0..3) == (0..3), (0..3) == (1..3), (2..=4) == (2..=4));
    let nested = vec![vec![1], vec![2, 3]];
    println!("{}", nested == vec![vec![1], vec![2, 3]]);
    println!("{}", nested < vec![vec![1], vec![2, 4]]);
}
// expect: false true true
// expect: true
// expect: true true
// expect: true false true
// expect: true
// expect: true
