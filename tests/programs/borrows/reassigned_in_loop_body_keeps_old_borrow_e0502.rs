// An assignment inside a `for` loop may never run (the loop may run no time, or the branch never be taken), so the reference before it still borrows the Vec: E0502.
fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    let nobody = String::from("nobody");
    let mut chosen = &names[0];
    for i in 0..3 {
        if i == 2 {
            chosen = &nobody;
        }
    }
    names.push(String::from("Linus"));
    println!("{}", chosen);
}
// error: E0502 at 11:5
