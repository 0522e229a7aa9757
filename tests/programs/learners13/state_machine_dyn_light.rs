// A traffic light with a trait State whose next returns Box<dyn State>, driven in a loop.
trait Light {
    fn color(&self) -> &str;
    fn seconds(&self) -> u32;
    fn next(&self) -> Box<dyn Light>;
}

struct Red;
struct Green;
struct Yellow;

impl Light for Red {
    fn color(&self) -> &str {
        "red"
    }
    fn seconds(&self) -> u32 {
        30
    }
    fn next(&self) -> Box<dyn Light> {
        Box::new(Green)
    }
}
impl Light for Green {
    fn color(&self) -> &str {
        "green"
    }
    fn seconds(&self) -> u32 {
        25
    }
    fn next(&self) -> Box<dyn Light> {
        Box::new(Yellow)
    }
}
impl Light for Yellow {
    fn color(&self) -> &str {
        "yellow"
    }
    fn seconds(&self) -> u32 {
        5
    }
    fn next(&self) -> Box<dyn Light> {
        Box::new(Red)
    }
}

fn main() {
    let mut light: Box<dyn Light> = Box::new(Red);
    let mut elapsed = 0;
    for _ in 0..5 {
        println!("{} for {}s (t={})", light.color(), light.seconds(), elapsed);
        elapsed += light.seconds();
        light = light.next();
    }
    println!("ended on {} after {}s", light.color(), elapsed);
    println!("size of the box: {}", std::mem::size_of::<Box<dyn Light>>());
}
// expect: red for 30s (t=0)
// expect: green for 25s (t=30)
// expect: yellow for 5s (t=55)
// expect: red for 30s (t=60)
// expect: green for 25s (t=90)
// expect: ended on yellow after 115s
// expect: size of the box: 16
