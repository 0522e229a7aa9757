// A String put into the Screen's Vec<Box<dyn Draw>> does not implement Draw: E0277 at the Box::new.
pub trait Draw {
    fn draw(&self);
}

pub struct Screen {
    pub components: Vec<Box<dyn Draw>>,
}

fn main() {
    let screen = Screen {
        components: vec![Box::new(String::from("Hi"))],
    };
    println!("{}", screen.components.len());
}
// error: E0277 at 12:26
