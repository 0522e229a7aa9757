// An impl's own method reads the constant it gives (`Self::SIDES`), and a default method of the trait reads it too.
trait Polygon {
    const SIDES: u32;
    fn angle_sum(&self) -> u32 {
        (Self::SIDES - 2) * 180
    }
    fn describe(&self) -> String;
}

struct Pentagon;

impl Polygon for Pentagon {
    const SIDES: u32 = 5;
    fn describe(&self) -> String {
        format!("{} sides, {} degrees", Self::SIDES, self.angle_sum())
    }
}

fn main() {
    println!("{}", Pentagon.describe());
}
// expect: 5 sides, 540 degrees
