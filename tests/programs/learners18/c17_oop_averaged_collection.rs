// The book's AveragedCollection: private fields, public methods keeping the average in sync.
pub struct AveragedCollection {
    list: Vec<i32>,
    average: f64,
}

impl AveragedCollection {
    pub fn new() -> Self {
        AveragedCollection { list: vec![], average: 0.0 }
    }
    pub fn add(&mut self, value: i32) {
        self.list.push(value);
        self.update_average();
    }
    pub fn remove(&mut self) -> Option<i32> {
        let result = self.list.pop();
        match result {
            Some(value) => {
                self.update_average();
                Some(value)
            }
            None => None,
        }
    }
    pub fn average(&self) -> f64 {
        self.average
    }
    fn update_average(&mut self) {
        let total: i32 = self.list.iter().sum();
        self.average = total as f64 / self.list.len() as f64;
    }
}

fn main() {
    let mut c = AveragedCollection::new();
    c.add(3);
    c.add(4);
    c.add(8);
    println!("{:.3}", c.average());
    println!("{:?}", c.remove());
    println!("{}", c.average());
    c.remove();
    c.remove();
    println!("{}", c.average());
    println!("{:?}", c.remove());
}
// expect: 5.000
// expect: Some(8)
// expect: 3.5
// expect: NaN
// expect: None
