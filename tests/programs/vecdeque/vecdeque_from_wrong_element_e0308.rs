// VecDeque::from a Vec of another element type than the annotation is E0308 at the call: it makes a VecDeque<u8>, not the VecDeque<u32> asked for.
use std::collections::VecDeque;
fn main() {
    let v: Vec<u8> = vec![1];
    let d: VecDeque<u32> = VecDeque::from(v);
    println!("{:?}", d);
}
// error: E0308 at 5:28
