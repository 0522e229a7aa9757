// A `&String` bound by a slice pattern on a local Vec<String> points into that Vec: pushing it outside the loop is E0597.
fn main() {
    let input = "a b\nc d";
    let mut firsts: Vec<&String> = Vec::new();
    for line in input.lines() {
        let owned: Vec<String> = line.split(' ').map(String::from).collect();
        if let [first, _] = owned.as_slice() {
            firsts.push(first);
        }
    }
    println!("{:?}", firsts);
}
// error: E0597 at 7:29
