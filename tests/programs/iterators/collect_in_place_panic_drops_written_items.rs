// A closure panicking in an in-place collect (Strings mapped to Strings reuse the source's buffer): the items already written are dropped first (std's InPlaceDrop), then the source's rest and its buffer.
fn main() {
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc"), String::from("dddd")];
    let kept: Vec<String> = words
        .into_iter()
        .map(|s| {
            if s.len() == 3 {
                panic!("three");
            }
            s
        })
        .collect();
    println!("{:?}", kept);
}
// panic: three
// panic-at: 8:17
