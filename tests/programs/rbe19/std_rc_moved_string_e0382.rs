// A String moved into Rc::new cannot be printed afterwards: E0382.
use std::rc::Rc;

fn main() {
    let rc_examples = "Rc examples".to_string();
    let rc_a: Rc<String> = Rc::new(rc_examples);
    println!("{}", rc_a);
    println!("rc_examples: {}", rc_examples);
}
// error: E0382 at 8:33
