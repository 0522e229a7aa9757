// contains compares through PartialOrd, so an integer range asked about a float is E0277 ("can't compare") at the argument.
fn main() {
    println!("{}", (1..4).contains(&2.5));
}
// error: E0277 at 3:36
