// The book's Screen two ways: generic over one T: Draw (a where clause on the impl) and holding Box<dyn Draw> of two types.
pub trait Draw {
    fn draw(&self) -> String;
}

pub struct Screen<T: Draw> {
    pub components: Vec<T>,
}

impl<T> Screen<T>
where
    T: Draw,
{
    pub fn run(&self) {
        for component in self.components.iter() {
            println!("{}", component.draw());
        }
    }
}

pub struct Button {
    pub label: String,
}

impl Draw for Button {
    fn draw(&self) -> String {
        format!("[{}]", self.label)
    }
}

pub struct DynScreen {
    pub components: Vec<Box<dyn Draw>>,
}

impl DynScreen {
    pub fn run(&self) -> usize {
        let mut n = 0;
        for c in &self.components {
            println!("{}", c.draw());
            n += 1;
        }
        n
    }
}

struct Label(&'static str);

impl Draw for Label {
    fn draw(&self) -> String {
        self.0.to_uppercase()
    }
}

fn main() {
    let s = Screen { components: vec![Button { label: String::from("OK") }, Button { label: String::from("Cancel") }] };
    s.run();
    let d = DynScreen { components: vec![Box::new(Label("title")), Box::new(Button { label: String::from("Go") })] };
    println!("{}", d.run());
}
// expect: [OK]
// expect: [Cancel]
// expect: TITLE
// expect: [Go]
// expect: 2
