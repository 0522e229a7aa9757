// `{:?}` prints a Vec on one line; `{:#?}` puts each element on its own line with a trailing comma.
fn main() {
    let v = vec![1, 2];
    println!("{:?}", v);
    println!("{:#?}", v);
    let t = (1, "a");
    println!("{:#?}", t);
}
// expect: [1, 2]
// expect: [
// expect:     1,
// expect:     2,
// expect: ]
// expect: (
// expect:     1,
// expect:     "a",
// expect: )
