// A struct holding a Box<dyn FnMut() -> u32> id generator, made by a factory function and called through &mut self.
struct Ids {
    next: Box<dyn FnMut() -> u32>,
    issued: Vec<u32>,
}

impl Ids {
    fn starting_at(start: u32, step: u32) -> Ids {
        let mut current = start;
        Ids {
            next: Box::new(move || {
                let id = current;
                current += step;
                id
            }),
            issued: Vec::new(),
        }
    }
    fn issue(&mut self) -> u32 {
        let id = (self.next)();
        self.issued.push(id);
        id
    }
}

fn main() {
    let mut a = Ids::starting_at(100, 10);
    let mut b = Ids::starting_at(1, 1);
    println!("{} {} {}", a.issue(), a.issue(), b.issue());
    println!("{:?} {:?}", a.issued, b.issued);
}
// expect: 100 110 1
// expect: [100, 110] [1]
