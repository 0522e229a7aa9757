// A kept split by a &str cannot be reversed: StrSearcher is not a DoubleEndedSearcher, so `rev` is E0277 (use rsplit).
fn main() {
    let text = "one, two, three";
    let parts = text.split(", ");
    for p in parts.rev() {
        println!("{}", p);
    }
}
// error: E0277 at 5:20
