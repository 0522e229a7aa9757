// `as_deref` on an `Option<Vec<T>>` gives `Option<&[T]>`, on an `Option<Box<T>>` an `Option<&T>`; `as_deref_mut` lends them mutably.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut scores: Option<Vec<u32>> = Some(vec![3, 9, 4]);
    let slice: Option<&[u32]> = scores.as_deref();
    println!("{:?}", slice.map(|s| s.len()));
    if let Some(s) = scores.as_deref_mut() {
        s[0] = 10;
    }
    println!("{:?}", scores);
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    let second: Option<&Node> = list.next.as_deref();
    println!("{:?}", second.map(|n| n.value));
    println!("{:?}", second.and_then(|n| n.next.as_deref()).is_none());
}
// expect: Some(3)
// expect: Some([10, 9, 4])
// expect: Some(2)
// expect: true
