import type { Ref } from 'react';
import { AlertIcon } from '../icons';

/** A form's failure that belongs to no field; focusable so it can take focus after submit. */
export function FormAlert({ id, title, message, alertRef }: { id?: string; title: string; message: string; alertRef?: Ref<HTMLDivElement> }) {
  return (
    <div ref={alertRef} id={id} className="form-alert" role="alert" tabIndex={-1}>
      <AlertIcon className="form-alert__icon" />
      <div>
        <p className="form-alert__title">{title}</p>
        <p className="form-alert__message">{message}</p>
      </div>
    </div>
  );
}
