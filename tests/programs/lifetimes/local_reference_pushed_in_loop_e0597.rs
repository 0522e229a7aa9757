// A reference to a loop-local String pushed into a Vec that outlives the loop is E0597.
fn main() {
    let mut names: Vec<&String> = Vec::new();
    for i in 0..3 {
        let s = format!("name{}", i);
        names.push(&s);
    }
    println!("{:?}", names);
}
// error: E0597 at 6:20
