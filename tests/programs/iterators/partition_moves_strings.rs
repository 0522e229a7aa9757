// `partition` of an `into_iter` moves each String into one side: no String is copied, and the source buffer is freed at the end.
fn main() {
    let words = vec![String::from("a"), String::from("bbb"), String::from("cc"), String::from("dddd")];
    let (short, long): (Vec<String>, Vec<String>) = words.into_iter().partition(|w| w.len() < 3);
    println!("{:?} {:?}", short, long);
}
// expect: ["a", "cc"] ["bbb", "dddd"]
