// Pushing the `&&str` itself into a Vec<&&str> keeps the inner Vec borrowed; it dies at the end of the loop body (E0597).
fn main() {
    let text = String::from("ab cd\nef gh");
    let mut keep: Vec<&&str> = Vec::new();
    for line in text.lines() {
        let pieces: Vec<&str> = line.split(' ').collect();
        let w: &&str = &pieces[1];
        keep.push(w);
    }
    println!("{:?}", keep);
}
// error: E0597 at 7:25
