// Rc: clones share one String; strong_count goes up with each clone and down as they drop.
use std::rc::Rc;

fn main() {
    let rc_examples = "Rc examples".to_string();
    {
        println!("--- rc_a is created ---");
        let rc_a: Rc<String> = Rc::new(rc_examples);
        println!("Reference Count of rc_a: {}", Rc::strong_count(&rc_a));
        {
            println!("--- rc_a is cloned to rc_b ---");
            let rc_b: Rc<String> = Rc::clone(&rc_a);
            println!("Reference Count of rc_b: {}", Rc::strong_count(&rc_b));
            println!("Reference Count of rc_a: {}", Rc::strong_count(&rc_a));
            println!("rc_a and rc_b are equal: {}", rc_a.eq(&rc_b));
            println!("Length of the value inside rc_a: {}", rc_a.len());
            println!("Value of rc_b: {}", rc_b);
            println!("--- rc_b is dropped out of scope ---");
        }
        println!("Reference Count of rc_a: {}", Rc::strong_count(&rc_a));
        println!("--- rc_a is dropped out of scope ---");
    }
}
// expect: --- rc_a is created ---
// expect: Reference Count of rc_a: 1
// expect: --- rc_a is cloned to rc_b ---
// expect: Reference Count of rc_b: 2
// expect: Reference Count of rc_a: 2
// expect: rc_a and rc_b are equal: true
// expect: Length of the value inside rc_a: 11
// expect: Value of rc_b: Rc examples
// expect: --- rc_b is dropped out of scope ---
// expect: Reference Count of rc_a: 1
// expect: --- rc_a is dropped out of scope ---
