// dbg!(s) moves the String into the macro and back out: the heap cell is the same one, never copied.
fn main() {
    let s = String::from("ferris");
    let t = dbg!(s);
    println!("{} {}", t, t.len());
}
// expect: ferris 6
// stderr: [main.rs:4:13] s = "ferris"
