// Pushing to the Vec while the `&str` borrowed from it by `longest` is still used is E0502.
fn longest<'a>(items: &'a [String]) -> &'a str {
    let mut best = "";
    for s in items {
        if s.len() > best.len() {
            best = s;
        }
    }
    best
}

fn main() {
    let mut names = vec![String::from("Ann"), String::from("Bartholomew")];
    let l = longest(&names);
    names.push(String::from("Zed"));
    println!("{}", l);
}
// error: E0502 at 15:5
