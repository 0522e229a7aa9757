// A generic Screen<T: Draw> holds one component type only, monomorphised: its Vec<T> is laid out inline, no vtables.
pub trait Draw {
    fn draw(&self) -> String;
}

struct Label(&'static str);

impl Draw for Label {
    fn draw(&self) -> String {
        format!("[{}]", self.0)
    }
}

pub struct Screen<T: Draw> {
    pub components: Vec<T>,
}

impl<T> Screen<T>
where
    T: Draw,
{
    pub fn run(&self) {
        for c in self.components.iter() {
            println!("{}", c.draw());
        }
    }
}

fn main() {
    let s = Screen { components: vec![Label("a"), Label("bc")] };
    s.run();
    println!("{}", std::mem::size_of::<Label>());
}
// expect: [a]
// expect: [bc]
// expect: 16
