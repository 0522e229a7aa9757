// A trait method generic over its result, T: From<u8>, called with a turbofish and with an annotated let.
trait Reading {
    fn raw(&self) -> u8;
    fn as_value<T: From<u8>>(&self) -> T {
        T::from(self.raw())
    }
}

struct Sensor(u8);

impl Reading for Sensor {
    fn raw(&self) -> u8 {
        self.0
    }
}

#[derive(Debug)]
struct Percent(u8);

impl From<u8> for Percent {
    fn from(x: u8) -> Self {
        Percent(x.min(100))
    }
}

fn main() {
    let s = Sensor(140);
    let p = s.as_value::<Percent>();
    let q: Percent = Sensor(42).as_value();
    println!("{:?} {:?}", p, q);
}
// expect: Percent(100) Percent(42)
