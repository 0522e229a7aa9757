// Putting a String into Vec<Box<dyn Draw>> when String does not implement Draw is E0277.
trait Draw {
    fn draw(&self);
}

struct Screen {
    components: Vec<Box<dyn Draw>>,
}

fn main() {
    let screen = Screen { components: vec![Box::new(String::from("Hi"))] };
    println!("{}", screen.components.len());
}
// error: E0277 at 11:44
