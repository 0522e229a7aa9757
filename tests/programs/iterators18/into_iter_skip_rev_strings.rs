// `rev` after `skip` over a Vec's into_iter: the Strings moved out from the back, the skipped one dropped with the iterator, and a new buffer for the collect.
fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    let r: Vec<String> = v.into_iter().skip(1).rev().collect();
    println!("{:?}", r);
}
// expect: ["c", "b"]
