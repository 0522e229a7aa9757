// Exercism circular-buffer: a generic ring buffer over Vec<Option<T>> with a Result error enum.
#[derive(Debug, PartialEq)]
enum Error {
    EmptyBuffer,
    FullBuffer,
}

struct CircularBuffer<T> {
    slots: Vec<Option<T>>,
    read: usize,
    write: usize,
    len: usize,
}

impl<T: Clone + std::fmt::Debug> CircularBuffer<T> {
    fn new(capacity: usize) -> Self {
        CircularBuffer { slots: vec![None; capacity], read: 0, write: 0, len: 0 }
    }

    fn write(&mut self, value: T) -> Result<(), Error> {
        if self.len == self.slots.len() {
            return Err(Error::FullBuffer);
        }
        self.slots[self.write] = Some(value);
        self.write = (self.write + 1) % self.slots.len();
        self.len += 1;
        Ok(())
    }

    fn read(&mut self) -> Result<T, Error> {
        let value = self.slots[self.read].take().ok_or(Error::EmptyBuffer)?;
        self.read = (self.read + 1) % self.slots.len();
        self.len -= 1;
        Ok(value)
    }

    fn overwrite(&mut self, value: T) {
        if self.len == self.slots.len() {
            let _ = self.read();
        }
        self.write(value).unwrap();
    }
}

fn main() {
    let mut buf: CircularBuffer<String> = CircularBuffer::new(3);
    println!("{:?}", buf.read());
    for w in ["one", "two", "three", "four"] {
        println!("write {}: {:?}", w, buf.write(w.to_string()));
    }
    println!("{:?}", buf.read());
    buf.overwrite("five".to_string());
    buf.overwrite("six".to_string());
    while let Ok(v) = buf.read() {
        println!("read {}", v);
    }
    println!("{:?}", buf.slots);
}
// expect: Err(EmptyBuffer)
// expect: write one: Ok(())
// expect: write two: Ok(())
// expect: write three: Ok(())
// expect: write four: Err(FullBuffer)
// expect: Ok("one")
// expect: read three
// expect: read five
// expect: read six
// expect: [None, None, None]
