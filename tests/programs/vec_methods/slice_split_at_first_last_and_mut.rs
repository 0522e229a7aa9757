// A slice's split_at, split_first and split_last hand out references into the Vec's buffer; split_at_mut two disjoint &mut halves written through.
fn main() {
    let mut scores = vec![40, 15, 73, 8, 61];
    let (front, back) = scores.split_at(2);
    println!("{:?} {:?}", front, back);
    if let Some((first, rest)) = scores.split_first() {
        println!("first {} then {:?}", first, rest);
    }
    if let Some((last, rest)) = scores[1..].split_last() {
        println!("last {} after {:?}", last, rest);
    }
    let empty: Vec<u8> = Vec::new();
    println!("{:?} {:?}", empty.split_first(), empty.split_at(0));
    let (left, right) = scores.split_at_mut(3);
    left[0] += right[0];
    right[1] = left[2];
    println!("{:?}", scores);
}
// expect: [40, 15] [73, 8, 61]
// expect: first 40 then [15, 73, 8, 61]
// expect: last 61 after [15, 73, 8]
// expect: None ([], [])
// expect: [48, 15, 73, 8, 73]
