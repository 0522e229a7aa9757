// An import through a module of a crate that is not there (`rand::distributions::Uniform`) is E0433 at the crate's name, not E0432.
use rand::distributions::Uniform;

fn main() {
    let die = Uniform::new(1, 7);
    println!("{:?}", die);
}
// error: E0433 at 2:5
