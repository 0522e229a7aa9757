// A `v.drain(..2);` statement nobody pulls from drops the drained Strings in order, then the rest move to the front; the buffer stays.
fn main() {
    let mut names = vec![String::from("ann"), String::from("bo"), String::from("cy"), String::from("di")];
    names.drain(..2);
    println!("{:?} {}", names, names.capacity());
}
// expect: ["cy", "di"] 4
