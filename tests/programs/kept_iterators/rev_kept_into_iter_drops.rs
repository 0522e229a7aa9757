// A kept Rev around a vec::IntoIter hands its Strings out from the back; what it did not hand out is dropped with it, then the buffer.
fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut it = v.into_iter().rev();
    let last = it.next().unwrap();
    println!("{last} {:?}", it);
    let rest: Vec<String> = it.collect();
    println!("{:?}", rest);
}
// expect: c Rev { iter: IntoIter(["a", "b"]) }
// expect: ["b", "a"]
