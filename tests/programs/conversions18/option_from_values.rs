// `Option::from(x)` (std's `From<T> for Option<T>`): Some of a number, a String moved in, and a tuple.
fn main() {
    let a = Option::from(5);
    let s = String::from("kept");
    let b: Option<String> = Option::from(s);
    let c = Option::from((1, 'x'));
    println!("{:?} {:?} {:?}", a, b, c);
    if let Some(t) = b {
        println!("{}", t.len());
    }
}
// expect: Some(5) Some("kept") Some((1, 'x'))
// expect: 4
