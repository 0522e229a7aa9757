// A Vec<dyn Draw> (unsized element) is E0277.
trait Draw {
    fn draw(&self);
}

fn main() {
    let v: Vec<dyn Draw> = Vec::new();
    println!("{}", v.len());
}
// error: E0277 at 7:12
