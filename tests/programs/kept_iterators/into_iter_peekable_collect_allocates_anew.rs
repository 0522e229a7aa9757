// `v.into_iter().peekable()` collected into a Vec is not collected in place (rustc 1.95): a new buffer, then the old one freed.
fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut it = v.into_iter().peekable();
    println!("{:?}", it.peek());
    let w: Vec<String> = it.collect();
    println!("{:?} {}", w, w.capacity());
    let x = vec![1, 2, 3, 4];
    let y: Vec<i32> = x.into_iter().peekable().filter(|n| n % 2 == 0).collect();
    println!("{:?} {}", y, y.capacity());
}
// expect: Some("a")
// expect: ["a", "b", "c"] 3
// expect: [2, 4] 4
