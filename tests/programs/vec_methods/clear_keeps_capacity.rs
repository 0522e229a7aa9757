// `clear` drops every element but keeps the buffer: len 0, same capacity.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    v.clear();
    println!("{} {} {:?}", v.len(), v.capacity(), v);
    v.push(String::from("c"));
    println!("{:?}", v);
}
// expect: 0 2 []
// expect: ["c"]
