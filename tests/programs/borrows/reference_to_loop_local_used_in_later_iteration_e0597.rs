// Even without a use after the loop, the next iteration's push uses the Vec that still holds the dead reference (E0597).
fn main() {
    let mut names: Vec<&String> = Vec::new();
    for i in 0..2 {
        let name = format!("n{}", i);
        names.push(&name);
    }
}
// error: E0597 at 6:20
