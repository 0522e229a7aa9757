// A drain in the middle of a String closes the gap; pushing afterwards reuses the spare room.
fn main() {
    let mut s = String::from("abcdef");
    let mid: Vec<char> = s.drain(2..4).collect();
    s.push('!');
    println!("{:?} {} {}", mid, s, s.capacity());
}
// expect: ['c', 'd'] abef! 6
