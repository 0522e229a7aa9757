// A kept split borrows its &String pattern too: pushing to the separator while the splitter is still used is E0502.
fn main() {
    let mut sep = String::from(",");
    let line = "a,b,c";
    let mut parts = line.split(&sep);
    sep.push(' ');
    println!("{:?}", parts.next());
}
// error: E0502 at 6:5
