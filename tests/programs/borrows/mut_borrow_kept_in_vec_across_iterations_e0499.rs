// A `&mut` made in a loop and kept in a Vec declared outside it is still alive when the loop makes the next one (E0499).
fn main() {
    let mut total = String::from("x");
    let mut handles: Vec<&mut String> = Vec::new();
    for _ in 0..2 {
        let h = &mut total;
        handles.push(h);
    }
    println!("{}", handles.len());
}
// error: E0499 at 6:17
