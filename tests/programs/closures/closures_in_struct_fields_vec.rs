// A struct keeps named Box<dyn Fn(i32) -> i32> operations in a Vec; apply folds through them in order.
struct Pipeline {
    steps: Vec<(String, Box<dyn Fn(i32) -> i32>)>,
}

impl Pipeline {
    fn new() -> Self {
        Pipeline { steps: Vec::new() }
    }
    fn add(&mut self, name: &str, f: Box<dyn Fn(i32) -> i32>) {
        self.steps.push((name.to_string(), f));
    }
    fn apply(&self, mut x: i32) -> i32 {
        for (name, f) in &self.steps {
            x = f(x);
            println!("after {}: {}", name, x);
        }
        x
    }
}

fn main() {
    let offset = 7;
    let mut p = Pipeline::new();
    p.add("double", Box::new(|x| x * 2));
    p.add("offset", Box::new(move |x| x + offset));
    p.add("square", Box::new(|x| x * x));
    println!("result {}", p.apply(3));
}
// expect: after double: 6
// expect: after offset: 13
// expect: after square: 169
// expect: result 169
